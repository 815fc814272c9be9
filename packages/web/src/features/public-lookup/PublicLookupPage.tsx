import { Alert, Button, Card, Checkbox, Descriptions, Flex, Form, Grid, Input, Radio, Steps, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupKey } from '../../i18n/keys';
import { PublicLayout } from '../../ui/PublicLayout';
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
  const submit = (values: { satisfied: boolean; criteria?: string[]; comment?: string }) =>
    rate.mutate(
      { ...proof, satisfied: values.satisfied, criteria: values.criteria ?? [], comment: values.comment || undefined },
      { onSuccess: onRated },
    );
  return (
    <Card size="small" title={t('publicLookup.rate.title')}>
      <Form layout="vertical" onFinish={submit} initialValues={{ satisfied: true }}>
        <Form.Item name="satisfied">
          <Radio.Group
            options={[
              { value: true, label: t('publicLookup.rate.satisfied') },
              { value: false, label: t('publicLookup.rate.notSatisfied') },
            ]}
          />
        </Form.Item>
        <Form.Item name="criteria" label={t('publicLookup.rate.criteriaLabel')}>
          <Checkbox.Group
            options={dossier.ratingCriteria.map((c) => ({
              value: c,
              label: t(groupKey('publicLookup.rate.criteria', c)),
            }))}
          />
        </Form.Item>
        <Form.Item name="comment" label={t('publicLookup.rate.comment')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        {rate.error && <Alert type="error" showIcon title={rate.error.message} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={rate.isPending}>
          {t('publicLookup.rate.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function DossierStatus({ dossier }: { dossier: LookedUpDossier }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="lookup-result">
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('publicLookup.code')}>{dossier.code}</Descriptions.Item>
        <Descriptions.Item label={t('publicLookup.procedure')}>{dossier.procedureName}</Descriptions.Item>
        <Descriptions.Item label={t('publicLookup.status')}>
          {t(groupKey('dossiers.statuses', dossier.status))}
        </Descriptions.Item>
        <Descriptions.Item label={t('publicLookup.receivedAt')}>{at(dossier.receivedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('publicLookup.dueAt')}>{at(dossier.dueAt)}</Descriptions.Item>
      </Descriptions>
      <Steps
        direction="vertical"
        size="small"
        current={dossier.timeline.length - 1}
        items={dossier.timeline.map((s) => ({
          title: t(groupKey('dossiers.statuses', s.status)),
          description: at(s.at),
        }))}
      />
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
  const phone = !Grid.useBreakpoint().md;
  const search = (values: { code: string; phone: string }) => {
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
      <Flex vertical gap={16}>
        <Typography.Paragraph>{t('publicLookup.intro')}</Typography.Paragraph>
        <Form layout={phone ? 'vertical' : 'inline'} onFinish={search}>
          <Form.Item name="code" rules={[{ required: true, min: 5 }]}>
            <Input
              placeholder={t('publicLookup.code')}
              style={{ width: phone ? '100%' : 280 }}
              aria-label={t('publicLookup.code')}
            />
          </Form.Item>
          <Form.Item
            name="phone"
            rules={[{ required: true, pattern: /^\d{4}$/, message: t('publicLookup.phoneHint') }]}
          >
            <Input
              placeholder={t('publicLookup.phone')}
              maxLength={4}
              inputMode="numeric"
              style={{ width: phone ? '100%' : 200 }}
              aria-label={t('publicLookup.phone')}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={lookup.isPending} block={phone}>
            {t('publicLookup.search')}
          </Button>
        </Form>
        {lookup.error && <Alert type="warning" showIcon title={lookup.error.message} />}
        {lookup.data && <DossierStatus dossier={lookup.data} />}
        {rated && <Alert type="success" showIcon title={t('publicLookup.rate.thanks')} />}
        {lookup.data?.rated && (
          <Alert type="info" showIcon title={t('publicLookup.rate.alreadyRated')} data-testid="lookup-rated" />
        )}
        {lookup.data?.canRate && proof && !rated && (
          <RatingForm proof={proof} dossier={lookup.data} onRated={afterRating} />
        )}
      </Flex>
    </PublicLayout>
  );
}
