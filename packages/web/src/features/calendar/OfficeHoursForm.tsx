import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Form, Switch, TimePicker, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { type OfficeHours, type TimeRange, useSetOfficeHours } from './api';

type Range = [Dayjs, Dayjs];

interface Values {
  periods: Range[];
  saturdayOpen: boolean;
  saturday?: Range;
}

const FORMAT = 'HH:mm';
/** Today at a `HH:mm` time: the pickers need a full date, only the time is read back. */
function timeOf(text: string): Dayjs {
  const [hours = 0, minutes = 0] = text.split(':').map(Number);
  return dayjs().startOf('day').hour(hours).minute(minutes);
}
const toRange = ({ from, to }: TimeRange): Range => [timeOf(from), timeOf(to)];
const fromRange = ([from, to]: Range): TimeRange => ({ from: from.format(FORMAT), to: to.format(FORMAT) });
const rangeText = (ranges: TimeRange[]) => ranges.map(({ from, to }) => `${from}–${to}`).join(', ');

function toValues(hours: OfficeHours): Values {
  const saturday = hours.saturdayCounter?.[0];
  return {
    periods: hours.periods.map(toRange),
    saturdayOpen: saturday !== undefined,
    saturday: saturday && toRange(saturday),
  };
}

/** A tenant's office hours: read-only for most users, a form for the admins of the tenant. */
export function OfficeHoursForm(props: { tenantName: string; hours: OfficeHours; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSetOfficeHours();
  const saturdayOpen = Form.useWatch('saturdayOpen', form);
  const title = t('calendar.officeHours.title', { tenant: props.tenantName });

  if (!props.canEdit) {
    return (
      <Card size="small" title={title}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('calendar.officeHours.periods')}>
            {rangeText(props.hours.periods)}
          </Descriptions.Item>
          {props.hours.saturdayCounter && (
            <Descriptions.Item label={t('calendar.officeHours.saturdayHours')}>
              {rangeText(props.hours.saturdayCounter)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
    );
  }

  const submit = async (values: Values) => {
    const hours = {
      periods: values.periods.map(fromRange),
      saturdayCounter: values.saturdayOpen && values.saturday ? [fromRange(values.saturday)] : null,
    };
    try {
      const saved = await save.mutateAsync(hours);
      message.success(t('calendar.officeHours.saved', { count: saved.recomputed.total }));
    } catch (e) {
      const general = showServerErrors(form, e, ['periods', 'saturdayCounter']);
      if (general) message.error(general);
    }
  };

  const required = [{ required: true, message: t('calendar.officeHours.periodRequired') }];
  return (
    <Card size="small" title={title}>
      <Form<Values> form={form} layout="vertical" onFinish={submit} initialValues={toValues(props.hours)}>
        <Form.List name="periods">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} align="baseline">
                  <Form.Item name={field.name} label={t('calendar.officeHours.period', { n: i + 1 })} rules={required}>
                    <TimePicker.RangePicker format={FORMAT} minuteStep={5} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button
                      aria-label={t('calendar.officeHours.removePeriod')}
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              {fields.length < 4 && (
                <Button icon={<PlusOutlined />} onClick={() => add()} style={{ marginBottom: 16 }}>
                  {t('calendar.officeHours.addPeriod')}
                </Button>
              )}
            </>
          )}
        </Form.List>
        <Form.Item name="saturdayOpen" label={t('calendar.officeHours.saturday')} valuePropName="checked">
          <Switch />
        </Form.Item>
        {saturdayOpen && (
          <Form.Item name="saturday" label={t('calendar.officeHours.saturdayHours')} rules={required}>
            <TimePicker.RangePicker format={FORMAT} minuteStep={5} />
          </Form.Item>
        )}
        <Typography.Paragraph type="secondary">{t('calendar.officeHours.saturdayNote')}</Typography.Paragraph>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('calendar.officeHours.save')}
        </Button>
      </Form>
    </Card>
  );
}
