import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Language, setLanguage } from '../../i18n';

/** Tiếng Việt / English. */
function LanguageButtons() {
  const { t, i18n } = useTranslation();
  const languages: [Language, string][] = [
    ['vi', 'Tiếng Việt'],
    ['en', 'English'],
  ];
  return (
    <fieldset className="c-lang" aria-label={t('app.language')} style={{ border: 0, padding: 0, margin: 0 }}>
      {languages.map(([lang, label]) => (
        <button key={lang} type="button" aria-pressed={i18n.language === lang} onClick={() => void setLanguage(lang)}>
          {label}
        </button>
      ))}
    </fieldset>
  );
}

/**
 * The frame of the citizens' pages (no login): the title, the language switch and the staff login link. Most
 * citizens come on a phone (360–414 px): the title wraps instead of pushing the page sideways.
 */
export function PublicLayout({
  title,
  maxWidth,
  children,
}: {
  title: ReactNode;
  maxWidth: number;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="c-page">
      <header className="c-header">
        <h1 data-testid="public-title">{title}</h1>
        <div className="c-header-tools">
          <LanguageButtons />
          {/* The officers' app is another page: a full load, not a route of this one. */}
          <a href="/login">{t('publicFeedback.staffLogin')}</a>
        </div>
      </header>
      <main className="c-main" style={{ maxWidth }}>
        {children}
      </main>
    </div>
  );
}

/** A page that is not there (an unknown ward code), said plainly. */
export function NotFoundPage({ title, message, testId }: { title: string; message: string; testId?: string }) {
  return (
    <PublicLayout title={title} maxWidth={760}>
      <p className="c-result" data-testid={testId}>
        {message}
      </p>
    </PublicLayout>
  );
}
