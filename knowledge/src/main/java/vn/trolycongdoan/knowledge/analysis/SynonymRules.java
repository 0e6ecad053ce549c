package vn.trolycongdoan.knowledge.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Parses synonym rules in Solr format into a {@link SynonymMap}, like Lucene's {@code
 * SolrSynonymParser} with {@code expand} on, except that terms which analyze to the same form are
 * merged first. "LĐLĐ, LĐLD" fold to one term, and mapping it to itself would give the query a
 * duplicate token.
 *
 * <p>A line is blank, a {@code #} comment, an equivalence {@code a, b, c} (every term expands to
 * all others) or a mapping {@code a, b => c, d} (left terms are replaced by right terms). Commas
 * and {@code =>} cannot be escaped.
 */
final class SynonymRules extends SynonymMap.Parser {
  private static final Pattern MAPPING = Pattern.compile("=>");
  private static final Pattern TERM_SEPARATOR = Pattern.compile(",");

  private SynonymRules(Analyzer analyzer) {
    super(true, analyzer);
  }

  /**
   * Parses {@code rules}, analyzing every term with {@code analyzer}.
   *
   * @throws IllegalArgumentException naming the line number and text of a malformed rule: one with
   *     two {@code =>}, an empty side or term, or a term the analyzer removes entirely
   */
  static SynonymMap parse(String rules, Analyzer analyzer) {
    SynonymRules parser = new SynonymRules(analyzer);
    try {
      parser.parse(new StringReader(rules));
      return parser.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void parse(Reader in) throws IOException {
    BufferedReader lines = new BufferedReader(in);
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String rule = line.strip();
      if (rule.isEmpty() || rule.startsWith("#")) {
        continue;
      }
      try {
        addRule(rule);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "invalid synonym rule at line " + number + ": '" + rule + "' (" + e.getMessage() + ")",
            e);
      }
    }
  }

  private void addRule(String rule) throws IOException {
    String[] sides = MAPPING.split(rule, -1);
    if (sides.length > 2) {
      throw new IllegalArgumentException("more than one '=>'");
    }
    if (sides.length == 2) {
      for (CharsRef input : terms(sides[0])) {
        for (CharsRef output : terms(sides[1])) {
          add(input, output, false);
        }
      }
      return;
    }
    List<CharsRef> terms = terms(rule);
    for (CharsRef input : terms) {
      for (CharsRef output : terms) {
        if (input != output) {
          add(input, output, true);
        }
      }
    }
  }

  /** The distinct analyzed forms of the comma-separated terms of {@code side}. */
  private List<CharsRef> terms(String side) throws IOException {
    Set<String> distinct = new LinkedHashSet<>();
    for (String term : TERM_SEPARATOR.split(side, -1)) {
      if (term.isBlank()) {
        throw new IllegalArgumentException("empty term");
      }
      distinct.add(analyze(term.strip(), new CharsRefBuilder()).toString());
    }
    List<CharsRef> terms = new ArrayList<>();
    for (String term : distinct) {
      terms.add(new CharsRef(term));
    }
    return terms;
  }
}
