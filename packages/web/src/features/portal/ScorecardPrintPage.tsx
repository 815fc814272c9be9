import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Loading } from '../../ui/citizen/parts';
import { percent } from '../indicators/api';
import { useWardPortal } from './api';

// A3 portrait for the one-stop notice board, large type readable from a few metres; printed as the browser shows it.
const PRINT_CSS = `@page { size: A3 portrait; margin: 20mm; }
.a3 { font-family: 'Times New Roman', serif; color: #000; max-width: 260mm; margin: 0 auto; padding: 16px; }
.a3 h1 { font-size: 28pt; text-align: center; margin: 0 0 8mm; }
.a3 .total { font-size: 48pt; text-align: center; font-weight: bold; }
.a3 table { width: 100%; border-collapse: collapse; font-size: 14pt; }
.a3 td, .a3 th { border: 1px solid #000; padding: 4px 8px; }
@media print { .no-print { display: none; } }`;

/** The month's 766 scorecard as an A3 sheet (`/cong-thong-tin/:tenantCode/in-a3`). */
export function ScorecardPrintPage() {
  const { t } = useTranslation();
  const code = useParams().tenantCode ?? '';
  const portal = useWardPortal(code);
  if (!portal.data) return <Loading />;
  const card = portal.data.scorecard;
  return (
    <div className="a3">
      <style>{PRINT_CSS}</style>
      <h1>
        {portal.data.ward.name}
        <br />
        {t('portal.scorecard', { month: card.month })}
      </h1>
      <div className="total" data-testid="a3-total">
        {card.total ?? 'N/A'} — {card.bandName ?? ''}
      </div>
      <table>
        <tbody>
          {card.indicators.map((r) => (
            <tr key={r.code}>
              <td>{r.code}</td>
              <td>{r.name}</td>
              <td>{percent(r.rate)}</td>
              <td>
                {r.points ?? 'N/A'}/{r.maxPoints}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="no-print" onClick={() => window.print()} style={{ marginTop: 16 }}>
        {t('portal.printA3')}
      </button>
    </div>
  );
}
