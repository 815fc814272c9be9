import { type KeyboardEvent, type ReactNode, useId, useState } from 'react';

/**
 * Tabs as WAI-ARIA describes them: arrow keys move between the tabs, only the chosen panel is shown. A panel once
 * opened stays mounted (hidden), so what a citizen typed in a form survives a look at another tab.
 */
export function Tabs({ items }: { items: { key: string; label: string; children: ReactNode }[] }) {
  const id = useId();
  const [active, setActiveKey] = useState(items[0]?.key);
  const [opened, setOpened] = useState(() => new Set(active ? [active] : []));
  const setActive = (key: string) => {
    setActiveKey(key);
    setOpened((before) => new Set(before).add(key));
  };
  const move = (e: KeyboardEvent<HTMLDivElement>) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const at = items.findIndex((item) => item.key === active);
    const next = items[(at + step + items.length) % items.length];
    if (!next) return;
    setActive(next.key);
    document.getElementById(`${id}-tab-${next.key}`)?.focus();
  };
  return (
    <>
      <div className="c-tabs" role="tablist" onKeyDown={move}>
        {items.map((item) => (
          <button
            key={item.key}
            type="button"
            role="tab"
            className="c-tab"
            id={`${id}-tab-${item.key}`}
            aria-selected={item.key === active}
            aria-controls={`${id}-panel-${item.key}`}
            tabIndex={item.key === active ? 0 : -1}
            onClick={() => setActive(item.key)}
          >
            {item.label}
          </button>
        ))}
      </div>
      {items.map(
        (item) =>
          opened.has(item.key) && (
            <div
              key={item.key}
              role="tabpanel"
              id={`${id}-panel-${item.key}`}
              aria-labelledby={`${id}-tab-${item.key}`}
              hidden={item.key !== active}
            >
              {item.children}
            </div>
          ),
      )}
    </>
  );
}
