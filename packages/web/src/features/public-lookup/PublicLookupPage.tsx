import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupKey } from '../../i18n/keys';
import { checkForm, messageOf } from '../../ui/citizen/form-check';
import { PublicLayout } from '../../ui/citizen/PublicLayout';
import { Card, Details, Field, Notice } from '../../ui/citizen/parts';
import { moment as at } from '../dossiers/format';
import { type LookedUpDossier, useLookup, useRate } from './api';

function RatingForm({
  proof,
  dossier,
  onRated,
}: {
  proof: { code: string; phone: string };
  dossier: LookedUpDossier;
  onRated: () => void;
}) {
  const { t } = useTranslation();
  const rate = useRate();
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const comment = String(data.get('comment') ?? '').trim();
    const ticked = data.getAll('criteria').map(String);
    rate.mutate(
      {
        ...proof,
        satisfied: data.get('satisfied') === 'yes',
        criteria: dossier.ratingCriteria.filter((c) => ticked.includes(c)),
        comment: comment || undefined,
      },
      { onSuccess: onRated },
    );
  };
  return (
    <Card title={t('publicLookup.rate.title')}>
      <form onSubmit={submit}>
        <fieldset className="c-choices">
          {(['yes', 'no'] as const).map((value) => (
            <label key={value}>
              <input type="radio" name="satisfied" value={value} defaultChecked={value === 'yes'} />
              {value === 'yes' ? t('publicLookup.rate.satisfied') : t('publicLookup.rate.notSatisfied')}
            </label>
          ))}
        </fieldset>
        <fieldset className="c-choices">
          <legend>{t('publicLookup.rate.criteriaLabel')}</legend>
          {dossier.ratingCriteria.map((c) => (
            <label key={c}>
              <input type="checkbox" name="criteria" value={c} />
              {t(groupKey('publicLookup.rate.criteria', c))}
            </label>
          ))}
        </fieldset>
        <Field label={t('publicLookup.rate.comment')}>
          {(ids) => <textarea {...ids} name="comment" className="c-input" rows={2} maxLength={1000} />}
        </Field>
        {rate.error && <Notice kind="error" title={messageOf(rate.error)} />}
        <p />
        <button type="submit" className="c-btn c-btn-primary" disabled={rate.isPending}>
          {t('publicLookup.rate.submit')}
        </button>
      </form>
    </Card>
  );
}

function DossierStatus({ dossier }: { dossier: LookedUpDossier }) {
  const { t } = useTranslation();
  return (
    <Card testId="lookup-result">
      <Details
        items={[
          [t('publicLookup.code'), dossier.code],
          [t('publicLookup.procedure'), dossier.procedureName],
          [t('publicLookup.status'), t(groupKey('dossiers.statuses', dossier.status))],
          [t('publicLookup.receivedAt'), at(dossier.receivedAt)],
          [t('publicLookup.dueAt'), at(dossier.dueAt)],
        ]}
      />
      <ol className="c-timeline">
        {dossier.timeline.map((s) => (
          <li key={`${s.status}-${s.at}`}>
            <div>{t(groupKey('dossiers.statuses', s.status))}</div>
            <div className="c-muted">{at(s.at)}</div>
          </li>
        ))}
      </ol>
    </Card>
  );
}

/**
 * The public dossier lookup (`/tra-cuu`), reachable logged out: the dossier code and the last 4 digits of the
 * applicant's phone show the status timeline and due date, never the applicant's details; rating after the result.
 */
export function PublicLookupPage() {
  const { t } = useTranslation();
  const lookup = useLookup();
  const [proof, setProof] = useState<{ code: string; phone: string } | null>(null);
  const [rated, setRated] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const search = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const found = checkForm(e.currentTarget);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const data = new FormData(e.currentTarget);
    const values = { code: String(data.get('code')).trim(), phone: String(data.get('phone')).trim() };
    setProof(values);
    setRated(false);
    lookup.mutate(values);
  };
  // After rating, the lookup is read again: it then says the dossier was rated, as any later lookup will.
  const afterRating = () => {
    setRated(true);
    if (proof) lookup.mutate(proof);
  };
  return (
    <PublicLayout title={t('publicLookup.title')} maxWidth={760}>
      <div className="c-stack">
        <p>{t('publicLookup.intro')}</p>
        <form className="c-inline" onSubmit={search} noValidate>
          <Field label={t('publicLookup.code')} error={errors.code}>
            {(ids) => <input {...ids} name="code" className="c-input" required minLength={5} autoComplete="off" />}
          </Field>
          <Field label={t('publicLookup.phone')} error={errors.phone}>
            {(ids) => (
              <input
                {...ids}
                name="phone"
                className="c-input"
                required
                maxLength={4}
                pattern="\d{4}"
                title={t('publicLookup.phoneHint')}
                inputMode="numeric"
                autoComplete="off"
              />
            )}
          </Field>
          <button type="submit" className="c-btn c-btn-primary" disabled={lookup.isPending} style={{ marginTop: 28 }}>
            {t('publicLookup.search')}
          </button>
        </form>
        {lookup.error && <Notice kind="warning" title={messageOf(lookup.error)} />}
        {lookup.data && <DossierStatus dossier={lookup.data} />}
        {rated && <Notice kind="success" title={t('publicLookup.rate.thanks')} />}
        {lookup.data?.rated && <Notice kind="info" title={t('publicLookup.rate.alreadyRated')} testId="lookup-rated" />}
        {lookup.data?.canRate && proof && !rated && (
          <RatingForm proof={proof} dossier={lookup.data} onRated={afterRating} />
        )}
      </div>
    </PublicLayout>
  );
}
