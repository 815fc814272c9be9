import { Flex, Select } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { serverToday } from '../../api/clock';

/** The periods of the index: calendar months, quarters and years of the last two years. */
function periodOptions(year: number, t: TFunction) {
  const options: { value: string; label: string }[] = [];
  for (const y of [year, year - 1]) {
    options.push({ value: String(y), label: t('indicators.periods.year', { year: y }) });
    for (let q = 4; q >= 1; q--)
      options.push({ value: `${y}-Q${q}`, label: t('indicators.periods.quarter', { q, year: y }) });
    for (let m = 12; m >= 1; m--) {
      options.push({
        value: `${y}-${String(m).padStart(2, '0')}`,
        label: t('indicators.periods.month', { m, year: y }),
      });
    }
  }
  return options;
}

/** A select of calendar months, quarters and years (Decision 766 uses calendar periods). */
export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center">
      {t('indicators.period')}
      <Select
        value={value}
        onChange={onChange}
        options={periodOptions(Number(serverToday().slice(0, 4)), t)}
        style={{ width: 200 }}
        showSearch
      />
    </Flex>
  );
}

export { thisMonth } from '../../api/clock';
