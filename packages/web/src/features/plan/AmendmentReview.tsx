import { Alert, App, Button, Card, Flex, Input, Modal, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Plan, useDecideAmendment, usePlanVersion } from './api';
import { ChangesView } from './ChangesView';

/**
 * A proposed amendment (sửa đổi, bổ sung) waiting for the chairman: its changes for everyone, approve and reject
 * for the chairman. Approval applies it; a rejection needs a reason.
 */
export function AmendmentReview({ plan, version }: { plan: Plan; version: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const query = usePlanVersion(plan.id, version);
  const decide = useDecideAmendment();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');

  const submit = async (approve: boolean) => {
    try {
      await decide.mutateAsync({ planId: plan.id, version, approve, note: approve ? undefined : reason });
      message.success(t(approve ? 'plan.amendment.approved' : 'plan.amendment.rejected', { version }));
      setRejecting(false);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const v = query.data;
  return (
    <Card size="small" title={t('plan.amendment.title', { version })} data-testid="plan-amendment">
      {!v ? (
        <Spin />
      ) : (
        <Flex vertical gap={12}>
          <Alert
            type="warning"
            showIcon
            title={t('plan.amendment.proposedBy', {
              name: v.createdBy?.name ?? t('plan.versions.system'),
              file: v.sourceFileName,
            })}
            description={v.note ?? undefined}
          />
          {v.changes && <ChangesView changes={v.changes} />}
          {plan.permissions.approveAmendment && (
            <Flex gap={8}>
              <Button type="primary" loading={decide.isPending} onClick={() => void submit(true)}>
                {t('plan.amendment.approve')}
              </Button>
              <Button danger onClick={() => setRejecting(true)}>
                {t('plan.amendment.reject')}
              </Button>
            </Flex>
          )}
        </Flex>
      )}
      <Modal
        open={rejecting}
        title={t('plan.amendment.rejectTitle', { version })}
        okText={t('plan.amendment.reject')}
        okButtonProps={{ danger: true, disabled: reason.trim() === '', loading: decide.isPending }}
        onOk={() => void submit(false)}
        onCancel={() => setRejecting(false)}
      >
        <Input.TextArea
          rows={3}
          placeholder={t('plan.amendment.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </Card>
  );
}
