import { App, Flex, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { useSetCultureDay } from './api';

/** The national switch of the proposed 24/11 holiday, for the city admin. */
export function CultureDaySwitch({ on }: { on: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSetCultureDay();
  const change = async (value: boolean) => {
    try {
      const saved = await save.mutateAsync(value);
      message.success(t('calendar.cultureDay.saved', { count: saved.recomputed.total }));
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : t('errors.generic'));
    }
  };
  return (
    <Flex gap={8} align="center" wrap>
      <Switch checked={on} loading={save.isPending} onChange={(value) => void change(value)} />
      <Typography.Text>{t('calendar.cultureDay.label')}</Typography.Text>
      <Typography.Text type="secondary">{t('calendar.cultureDay.help')}</Typography.Text>
    </Flex>
  );
}
