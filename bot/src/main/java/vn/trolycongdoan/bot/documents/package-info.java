/**
 * The staff dashboard's documents: the corpus folder's files with their metadata, uploads checked
 * and indexed at once, metadata edited in sidecars, documents removed; each change one background
 * job whose progress can be polled.
 */
package vn.trolycongdoan.bot.documents;
