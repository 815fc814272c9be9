import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** The notice a change of the calendar comes from: its number, required, and its title. */
export function NoticeFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name="noticeNumber"
        label={t('calendar.add.noticeNumber')}
        rules={[{ required: true, whitespace: true, message: t('calendar.add.noticeNumberRequired') }]}
      >
        <Input maxLength={100} placeholder="1234/TB-BNV" />
      </Form.Item>
      <Form.Item name="noticeTitle" label={t('calendar.add.noticeTitle')}>
        <Input maxLength={300} />
      </Form.Item>
    </>
  );
}
