import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Me } from '../api/session';
import type { ApiResponse } from '../api/types';
import { pickedWard, setPickedWard } from '../api/ward-pick';

type TenantOption = ApiResponse<'/api/v1/tenants'>[number];

/** The city's users pick the ward whose pages they read; everyone else works in their own ward only. */
export const canPickWard = (me: Me) => me.user.roles.some((r) => r === 'city_admin' || r === 'city_observer');

/** The header's ward picker: every page after it reads the picked ward (the API's `x-cchc-tenant`). */
export function WardPicker({ me }: { me: Me }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const tenants = useQuery({ queryKey: ['ward-picker'], queryFn: () => api<TenantOption[]>('/tenants') });
  const wards = (tenants.data ?? []).filter((w) => w.kind !== 'city');
  const pick = (code: string | undefined) => {
    setPickedWard(code ?? null);
    // Every cached answer belonged to the previous ward.
    void client.resetQueries();
  };
  return (
    <Select
      data-testid="ward-picker"
      allowClear
      showSearch
      optionFilterProp="label"
      style={{ minWidth: 240 }}
      placeholder={t('wards.pickerPlaceholder')}
      value={pickedWard() ?? undefined}
      loading={tenants.isPending}
      onChange={pick}
      options={wards.map((w) => ({ value: w.code, label: w.active ? w.name : `${w.name} (${t('wards.inactive')})` }))}
      aria-label={t('wards.picker')}
      title={me.tenant.name}
    />
  );
}
