/**
 * Which elements are near the viewport (within a margin of it, above and below), as the reader scrolls: one
 * `IntersectionObserver`, whose reports arrive in batches, once a frame at most.
 */

export interface NearViewport {
  observe(el: Element): void;
  unobserve(el: Element): void;
  disconnect(): void;
}

/**
 * @param onChange called with the elements that came near and those that went away since the last call (an element's
 *   first report says where it is)
 * @param margin how far beyond the viewport counts as near, as a CSS margin
 */
export function watchNearViewport(
  onChange: (near: Element[], far: Element[]) => void,
  margin = '150% 0px',
): NearViewport {
  const observer = new IntersectionObserver(
    (entries) => {
      const near: Element[] = [];
      const far: Element[] = [];
      for (const entry of entries) (entry.isIntersecting ? near : far).push(entry.target);
      onChange(near, far);
    },
    { rootMargin: margin },
  );
  return {
    observe: (el) => observer.observe(el),
    unobserve: (el) => observer.unobserve(el),
    disconnect: () => observer.disconnect(),
  };
}
