import { PlusOutlined } from '@ant-design/icons';
import type { Capability } from '@cchc/domain';
import { Button, Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useSearchParams } from 'react-router';
import type { Me } from '../../api/session';
import { IndicatorsPanel } from '../indicators/IndicatorsPanel';
import { ProcessingTablePanel } from '../indicators/ProcessingTablePanel';
import { DossierList } from './DossierList';
import { DossierPage } from './DossierPage';
import { ImportPanel } from './ImportPanel';
import { IntakeForm } from './IntakeForm';
import { ProceduresPanel } from './ProceduresPanel';
import { SettingsForm } from './SettingsForm';

/** The one-stop section's home: dossiers, imports, the catalogue, Decision 766 indicators, II.06a, settings. */
function DossiersHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const can = (c: Capability) => me.capabilities.includes(c);
  const tabs = [
    { key: 'list', label: t('dossiers.tabs.list'), children: <DossierList /> },
    ...(can('dossiers.import')
      ? [{ key: 'imports', label: t('dossiers.tabs.imports'), children: <ImportPanel /> }]
      : []),
    {
      key: 'procedures',
      label: t('dossiers.tabs.procedures'),
      children: <ProceduresPanel canManage={can('procedures.manage')} />,
    },
    ...(can('indicators.view')
      ? [
          { key: 'indicators', label: t('dossiers.tabs.indicators'), children: <IndicatorsPanel me={me} /> },
          { key: 'statistics', label: t('dossiers.tabs.statistics'), children: <ProcessingTablePanel /> },
        ]
      : []),
    ...(can('dossiers.settings')
      ? [{ key: 'settings', label: t('dossiers.tabs.settings'), children: <SettingsForm /> }]
      : []),
  ];
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('dossiers.title')}
        </Typography.Title>
        <Flex gap={8}>
          <Link to="/tra-cuu">
            <Button>{t('dossiers.publicLookup')}</Button>
          </Link>
          <Link to={`/cong-khai/${me.tenant.code}`}>
            <Button>{t('dossiers.publicResults')}</Button>
          </Link>
          {can('dossiers.intake') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/ho-so/tiep-nhan')}>
              {t('dossiers.intake.title')}
            </Button>
          )}
        </Flex>
      </Flex>
      <Tabs activeKey={params.get('tab') ?? 'list'} onChange={(tab) => setParams({ tab })} items={tabs} />
    </Flex>
  );
}

/** Routes under `/ho-so`: the section's home, the counter's intake form, a dossier's page. */
export function DossiersSection({ me }: { me: Me }) {
  return (
    <Routes>
      <Route index element={<DossiersHome me={me} />} />
      <Route path="tiep-nhan" element={<IntakeForm />} />
      <Route path=":id" element={<DossierPage />} />
    </Routes>
  );
}
