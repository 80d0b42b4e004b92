// Elements a fill or its marks hold on to may leave the page: removed by the page, or in a frame that has since loaded
// another document — whose nodes Firefox turns into dead objects for the extension, so that any use of them throws.

/** Whether a node can no longer be used at all (Firefox: a dead object). */
export function isDead(node: Node): boolean {
  try {
    void node.isConnected;
    return false;
  } catch {
    return true;
  }
}

/**
 * Whether a node is no longer in the page: removed, dead, or in a document no frame shows any more (a frame's old
 * document keeps its nodes connected to itself).
 */
export function isGone(node: Node): boolean {
  return isDead(node) || !node.isConnected || !node.ownerDocument?.defaultView;
}
