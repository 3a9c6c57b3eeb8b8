// One DOM helper for the page: h('div', 'class-name' | { ...properties }, ...children).
export function h(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  if (typeof props === 'string') node.className = props;
  else Object.assign(node, props);
  node.append(...children.filter((child) => child !== undefined && child !== null));
  return node;
}
