import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

// The few plain parts the citizens' pages are built of (semantic HTML and citizen.css), so that a citizen's phone
// downloads no Ant Design.

type Kind = 'error' | 'warning' | 'info' | 'success';

/** A message in a coloured box; errors and warnings are announced to screen readers at once. */
export function Notice({
  kind,
  title,
  children,
  testId,
}: {
  kind: Kind;
  title: ReactNode;
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <div
      className={`c-notice c-notice-${kind}`}
      role={kind === 'error' || kind === 'warning' ? 'alert' : 'status'}
      data-testid={testId}
    >
      <strong>{title}</strong>
      {children && <p>{children}</p>}
    </div>
  );
}

/** A white box with a heading. */
export function Card({ title, children, testId }: { title?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className="c-card" data-testid={testId}>
      {title && <h2>{title}</h2>}
      {children}
    </section>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="c-loading" role="status">
      {t('citizen.loading')}
    </p>
  );
}

/** A labelled input with its error under it; `children` renders the input with the ids that tie them together. */
export function Field({
  label,
  error,
  children,
}: {
  label: ReactNode;
  error?: string | null;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="c-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': error ? `${id}-error` : undefined })}
      {error && (
        <span className="c-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

export function Statistic({ title, value }: { title: ReactNode; value: ReactNode }) {
  return (
    <div>
      <div className="c-stat-title">{title}</div>
      <div className="c-stat-value">{value}</div>
    </div>
  );
}

export function Tag({ colour, children }: { colour?: 'green' | 'orange' | 'red' | 'blue'; children: ReactNode }) {
  return <span className={colour ? `c-tag c-tag-${colour}` : 'c-tag'}>{children}</span>;
}

/** Label/value pairs. */
export function Details({ items }: { items: [label: ReactNode, value: ReactNode][] }) {
  return (
    <dl className="c-desc">
      {items.map(([label, value], i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
        <div key={i} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Previous / next buttons between pages of a list; nothing when there is one page. */
export function Pager({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav className="c-row" style={{ marginTop: 8 }} aria-label={t('citizen.page', { page, pages })}>
      <button type="button" className="c-btn" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('citizen.previous')}
      </button>
      <span>{t('citizen.page', { page, pages })}</span>
      <button type="button" className="c-btn" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('citizen.next')}
      </button>
    </nav>
  );
}
