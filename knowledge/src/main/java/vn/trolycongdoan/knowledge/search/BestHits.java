package vn.trolycongdoan.knowledge.search;

import org.apache.lucene.search.ScoreDoc;

/**
 * The {@code n} best of hits offered in ascending doc id order, kept as Lucene's top-docs collector
 * keeps them: by score, a tie going to the lower doc id (the one offered first). A binary heap of
 * primitives, worst at the root, so the thousands of passages a question's common words match are
 * weighed without an object or a comparator call each. Not thread-safe; one per question.
 */
final class BestHits {

  private final int[] docs;
  private final float[] scores;
  private int size;

  BestHits(int n) {
    this.docs = new int[Math.max(0, n)];
    this.scores = new float[docs.length];
  }

  /** Offers a hit; docs must come in ascending order. */
  void offer(int doc, float score) {
    if (size < docs.length) {
      docs[size] = doc;
      scores[size] = score;
      up(size++);
    } else if (size > 0 && score > scores[0]) {
      // A later doc scoring as the worst kept one ranks below it, so only a higher score enters.
      docs[0] = doc;
      scores[0] = score;
      down(0);
    }
  }

  /** The hits kept, best first; empties this. */
  ScoreDoc[] bestFirst() {
    ScoreDoc[] best = new ScoreDoc[size];
    for (int i = best.length - 1; i >= 0; i--) {
      best[i] = new ScoreDoc(docs[0], scores[0]);
      size--;
      docs[0] = docs[size];
      scores[0] = scores[size];
      down(0);
    }
    return best;
  }

  /** Whether the hit at {@code a} ranks below the one at {@code b}. */
  private boolean worse(int a, int b) {
    return scores[a] < scores[b] || (scores[a] == scores[b] && docs[a] > docs[b]);
  }

  private void up(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!worse(i, parent)) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void down(int i) {
    while (true) {
      int worst = i;
      int left = 2 * i + 1;
      int right = left + 1;
      if (left < size && worse(left, worst)) {
        worst = left;
      }
      if (right < size && worse(right, worst)) {
        worst = right;
      }
      if (worst == i) {
        return;
      }
      swap(i, worst);
      i = worst;
    }
  }

  private void swap(int a, int b) {
    int doc = docs[a];
    docs[a] = docs[b];
    docs[b] = doc;
    float score = scores[a];
    scores[a] = scores[b];
    scores[b] = score;
  }
}
