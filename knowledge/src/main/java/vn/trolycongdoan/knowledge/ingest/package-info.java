/** Reading corpus files into cleaned text, metadata, sections and passages ready for indexing. */
package vn.trolycongdoan.knowledge.ingest;
