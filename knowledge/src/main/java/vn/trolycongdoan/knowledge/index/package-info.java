/** The Lucene index on disk: fields, incremental indexing by content hash, document records. */
package vn.trolycongdoan.knowledge.index;
