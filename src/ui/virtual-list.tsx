// A list of thousands of fixed-height rows that keeps only the visible ones (plus a few) in the DOM: a
// scroll container of the list's full height with the rendered rows placed absolutely. A long list then
// costs the same to render, lay out and re-render as a short one (the Filters tab's 5,000 sites).
// Keyboard: ArrowUp/ArrowDown, Home/End and PageUp/PageDown move the focus between the rows' first
// focusable elements, scrolling unrendered rows in, so every row is reachable without a mouse.
import { useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type UIEvent } from 'react';
import { computeVisibleRange, scrollTopToShowRow } from './visible-range';

export interface VirtualListProps<T> {
  readonly items: readonly T[];
  readonly getKey: (item: T) => string;
  /** The content of a row's `<li>`; it must fit `rowHeightPx` (one line). */
  readonly renderRow: (item: T, index: number) => ReactNode;
  readonly rowHeightPx: number;
  /** Height of the scroll container, px; a shorter list is as tall as its rows. */
  readonly maxHeightPx: number;
  /** Class of the `<ul>` (the rows' styles apply as for a plain list). */
  readonly className?: string;
  readonly overscanRows?: number;
  /** Names the list for assistive technology. */
  readonly label?: string;
}

const FOCUSABLE = 'input, button, a[href], select, [tabindex]';

/** Row index of the element an event came from (`data-row` on its `<li>`), or null. */
function rowOf(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const row = target.closest('[data-row]')?.getAttribute('data-row');
  return row === undefined || row === null ? null : Number(row);
}

export function VirtualList<T>({
  items,
  getKey,
  renderRow,
  rowHeightPx,
  maxHeightPx,
  className,
  overscanRows = 6,
  label,
}: VirtualListProps<T>): React.JSX.Element {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTopPx, setScrollTopPx] = useState(0);
  /** A row to focus once it is rendered (after a key moved to it). */
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const totalPx = items.length * rowHeightPx;
  const heightPx = Math.min(maxHeightPx, totalPx);
  const { start, end } = computeVisibleRange({
    scrollTopPx,
    viewportHeightPx: heightPx,
    rowHeightPx,
    rowCount: items.length,
    overscanRows,
  });

  useLayoutEffect(() => {
    if (focusRow === null) return;
    const target = scroller.current?.querySelector(`[data-row="${focusRow}"]`)?.querySelector(FOCUSABLE);
    if (target instanceof HTMLElement) {
      target.focus({ preventScroll: true });
      setFocusRow(null);
    }
  }, [focusRow, start, end]);

  const onScroll = (event: UIEvent<HTMLDivElement>): void => setScrollTopPx(event.currentTarget.scrollTop);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const row = rowOf(event.target);
    const element = scroller.current;
    if (row === null || element === null || items.length === 0) return;
    const pageRows = Math.max(1, Math.floor(heightPx / rowHeightPx) - 1);
    const next =
      event.key === 'ArrowDown'
        ? row + 1
        : event.key === 'ArrowUp'
          ? row - 1
          : event.key === 'PageDown'
            ? row + pageRows
            : event.key === 'PageUp'
              ? row - pageRows
              : event.key === 'Home'
                ? 0
                : event.key === 'End'
                  ? items.length - 1
                  : null;
    if (next === null) return;
    event.preventDefault();
    const target = Math.min(items.length - 1, Math.max(0, next));
    const top = scrollTopToShowRow(target, element.scrollTop, heightPx, rowHeightPx);
    element.scrollTop = top;
    setScrollTopPx(top);
    setFocusRow(target);
  };

  const rows: ReactNode[] = [];
  for (let index = start; index < end; index++) {
    const item = items[index];
    if (item === undefined) continue;
    rows.push(
      <li
        key={getKey(item)}
        data-row={index}
        aria-setsize={items.length}
        aria-posinset={index + 1}
        style={{ position: 'absolute', top: index * rowHeightPx, left: 0, right: 0, height: rowHeightPx }}
      >
        {renderRow(item, index)}
      </li>,
    );
  }
  return (
    <div
      ref={scroller}
      className="virtual-list"
      style={{ height: heightPx, overflowY: 'auto', position: 'relative' }}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <ul
        className={className}
        aria-label={label}
        style={{ position: 'relative', height: totalPx, margin: 0 }}
      >
        {rows}
      </ul>
    </div>
  );
}
