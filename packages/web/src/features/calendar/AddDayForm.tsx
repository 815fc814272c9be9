import { App, Button, Card, DatePicker, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { type DayKind, useAddDay } from './api';
import { NoticeFields } from './NoticeFields';

interface Values {
  kind: DayKind;
  date: Dayjs;
  reason: string;
  noticeNumber: string;
  noticeTitle?: string;
}

const FIELDS = ['date', 'reason', 'noticeNumber', 'noticeTitle'] as const;

/** The city admin adds a day off or a make-up working day of a year, on the authority of a numbered notice. */
export function AddDayForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const addDay = useAddDay();

  const submit = async ({ date, ...values }: Values) => {
    try {
      const saved = await addDay.mutateAsync({ ...values, date: date.format('YYYY-MM-DD') });
      message.success(t('calendar.add.saved', { version: saved.version, count: saved.recomputed.total }));
      form.resetFields(['date', 'reason']);
    } catch (e) {
      const general = showServerErrors(form, e, FIELDS);
      if (general) message.error(general);
    }
  };

  // A make-up day replaces a weekend: the server refuses a weekday, so the form says so first.
  const checkDate = (_: unknown, value: Dayjs | undefined) => {
    if (!value) return Promise.reject(new Error(t('calendar.add.dateRequired')));
    if (value.year() !== year) return Promise.reject(new Error(t('calendar.add.dateOutOfYear', { year })));
    const weekend = value.day() === 0 || value.day() === 6;
    if (form.getFieldValue('kind') === 'working_day' && !weekend) {
      return Promise.reject(new Error(t('calendar.add.makeUpWeekend')));
    }
    return Promise.resolve();
  };

  return (
    <Card size="small" title={t('calendar.add.title')}>
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={{ kind: 'day_off' }}>
        <Form.Item name="kind" label={t('calendar.add.kind')}>
          <Radio.Group
            options={[
              { value: 'day_off', label: t('calendar.kinds.day_off') },
              { value: 'working_day', label: t('calendar.kinds.working_day') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="date"
          label={t('calendar.add.date')}
          dependencies={['kind']}
          rules={[{ validator: checkDate }]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('calendar.add.reason')}
          rules={[{ required: true, whitespace: true, message: t('calendar.add.reasonRequired') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <NoticeFields />
        <Button type="primary" htmlType="submit" loading={addDay.isPending}>
          {t('calendar.add.submit')}
        </Button>
      </Form>
    </Card>
  );
}
