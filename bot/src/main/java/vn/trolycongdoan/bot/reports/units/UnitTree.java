package vn.trolycongdoan.bot.reports.units;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The org-unit tree, validated by {@link UnitTreeReader}: one root, every other unit's parent
 * defined before it, codes unique, at most {@link UnitLevel#values() three} levels. Immutable and
 * thread-safe.
 */
public final class UnitTree {

  private final Map<String, OrgUnit> byCode = new LinkedHashMap<>();
  private final Map<String, List<OrgUnit>> children = new LinkedHashMap<>();
  private final OrgUnit root;

  /**
   * @param units the units, root first and every parent before its children
   */
  UnitTree(List<OrgUnit> units) {
    for (OrgUnit unit : units) {
      byCode.put(unit.code(), unit);
      children.put(unit.code(), new ArrayList<>());
      if (unit.parent() != null) {
        children.get(unit.parent()).add(unit);
      }
    }
    this.root = units.get(0);
  }

  /** The province federation at the top. */
  public OrgUnit root() {
    return root;
  }

  /** The unit with this code, in any case. */
  public Optional<OrgUnit> byCode(String code) {
    return Optional.ofNullable(byCode.get(code.toUpperCase(Locale.ROOT)));
  }

  /** The units directly below {@code unit}, in the file's order. */
  public List<OrgUnit> children(OrgUnit unit) {
    return List.copyOf(children.getOrDefault(unit.code(), List.of()));
  }

  /** How far below the root {@code unit} is: 0 for the root, 2 for a grassroots union. */
  public int depth(OrgUnit unit) {
    int depth = 0;
    for (OrgUnit at = unit; at.parent() != null; at = byCode.get(at.parent())) {
      depth++;
    }
    return depth;
  }

  /** Every unit, each followed by its subtree: the order of an indented list. */
  public List<OrgUnit> depthFirst() {
    return subtree(root);
  }

  /** {@code unit} and every unit below it, each followed by its own subtree. */
  public List<OrgUnit> subtree(OrgUnit unit) {
    List<OrgUnit> order = new ArrayList<>();
    addWithSubtree(unit, order);
    return order;
  }

  private void addWithSubtree(OrgUnit unit, List<OrgUnit> order) {
    order.add(unit);
    children.getOrDefault(unit.code(), List.of()).forEach(child -> addWithSubtree(child, order));
  }
}
