import type { TimeframeKind } from '@cchc/domain';
import { DatePicker, Form } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The due date of a task's timeframe, required: asked for every kind but a recurring task and one tied to an event,
 * which have no single due date.
 */
export function DueDateField({ kind }: { kind: TimeframeKind | undefined }) {
  const { t } = useTranslation();
  if (kind === 'recurring' || kind === 'event') return null;
  return (
    <Form.Item
      name="dueDate"
      label={t('tasks.assign.dueDate')}
      rules={[{ required: true, message: t('tasks.actions.required') }]}
    >
      <DatePicker format="DD/MM/YYYY" />
    </Form.Item>
  );
}
