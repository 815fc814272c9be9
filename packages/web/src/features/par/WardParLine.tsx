import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStandings } from './api';
import { fmt } from './ScoreTable';

/** A ward's PAR Index and DTI of a year on the city's ward page: status, final score and rank in its block. */
export function WardParLine({ code, year }: { code: string; year: number }) {
  const { t } = useTranslation();
  const par = useStandings('par', year).data?.find((r) => r.code === code);
  const dti = useStandings('dti', year).data?.find((r) => r.code === code);
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, md: 2 }}
      style={{ marginBottom: 16 }}
      data-testid="city-ward-par"
    >
      {[par, dti].map((row, i) => (
        <Descriptions.Item key={i === 0 ? 'par' : 'dti'} label={t(`par.kinds.${i === 0 ? 'par' : 'dti'}`)}>
          {row?.final != null
            ? `${fmt(row.final)} · ${t('par.finalRank')} ${row.finalRank ?? ''} (${row.blockName})`
            : (row?.statusName ?? t('par.none'))}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}
