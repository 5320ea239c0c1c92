/**
 * Ant Design's Table measures its scrollbar with a <style> that rc-util adds to <head> without a nonce
 * (getTargetScrollBarSize passes no `csp`), which the page's style-src policy blocks and reports on every
 * table. Styles that rc-util injects (marked `data-rc-order`) get the page's nonce; nothing else does.
 */
export function nonceForInjectedStyles(nonce: string, head: HTMLHeadElement = document.head): void {
  const withNonce = <T extends Node>(node: T): T => {
    if (node instanceof HTMLStyleElement && !node.nonce && node.hasAttribute('data-rc-order')) node.nonce = nonce;
    return node;
  };
  const append = head.appendChild.bind(head);
  const insert = head.insertBefore.bind(head);
  head.appendChild = <T extends Node>(node: T): T => append(withNonce(node));
  head.insertBefore = <T extends Node>(node: T, child: Node | null): T => insert(withNonce(node), child);
}
