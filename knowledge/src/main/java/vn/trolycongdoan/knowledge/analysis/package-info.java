/**
 * Vietnamese text analysis: tone and accent normalization, folding, syllable bigrams, synonyms and
 * document codes.
 */
package vn.trolycongdoan.knowledge.analysis;
