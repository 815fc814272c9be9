import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showServerErrors } from '../../ui/form-errors';
import { useLegalWrite } from './api';

interface Values {
  numberSymbol: string;
  docType: 'resolution' | 'decision';
  title: string;
  issuer: string;
  signedOn: Dayjs;
  effectiveOn: Dayjs;
  expiresOn?: Dayjs;
}

const day = (d: Dayjs | undefined) => d?.format('YYYY-MM-DD');

/** Registers a document of the ward. */
export function DocumentFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useLegalWrite((body: object) => ({ path: '/legal-documents', method: 'POST', body }));
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    const body = {
      ...v,
      signedOn: day(v.signedOn),
      effectiveOn: day(v.effectiveOn),
      expiresOn: day(v.expiresOn) ?? null,
    };
    create.mutate(body, {
      onSuccess: () => {
        form.resetFields();
        onClose();
      },
      onError: (e) =>
        setError(
          showServerErrors(form, e, [
            'numberSymbol',
            'docType',
            'title',
            'issuer',
            'signedOn',
            'effectiveOn',
            'expiresOn',
          ]),
        ),
    });
  };
  return (
    <Modal
      open={open}
      title={t('legal.add')}
      okText={t('legal.add')}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending}
      destroyOnHidden
      width={640}
    >
      <Form form={form} layout="vertical" initialValues={{ docType: 'decision', issuer: 'Ủy ban nhân dân phường' }}>
        <Form.Item name="numberSymbol" label={t('legal.fields.numberSymbol')} rules={[{ required: true, min: 3 }]}>
          <Input placeholder="05/2026/QĐ-UBND" />
        </Form.Item>
        <Form.Item name="docType" label={t('legal.fields.docType')} rules={[{ required: true }]}>
          <Select
            options={[
              { value: 'decision', label: t('legal.types.decision') },
              { value: 'resolution', label: t('legal.types.resolution') },
            ]}
          />
        </Form.Item>
        <Form.Item name="title" label={t('legal.fields.title')} rules={[{ required: true, min: 5 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="issuer" label={t('legal.fields.issuer')} rules={[{ required: true, min: 3 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="signedOn" label={t('legal.fields.signedOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="effectiveOn" label={t('legal.fields.effectiveOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="expiresOn" label={t('legal.fields.expiresOn')}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={error} />}
    </Modal>
  );
}
