import { InboxOutlined } from '@ant-design/icons';
import { Spin, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';

/** Picks the plan file; the browser keeps it to send again with each decision, nothing is stored before confirming. */
export function UploadStep({ onFile, busy }: { onFile: (file: File) => void; busy: boolean }) {
  const { t } = useTranslation();
  return (
    <Spin spinning={busy}>
      <Upload.Dragger
        accept=".txt,.docx,.xlsx"
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          onFile(file);
          return false;
        }}
        data-testid="plan-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('plan.import.drop')}</p>
        <Typography.Paragraph type="secondary">{t('plan.import.formats')}</Typography.Paragraph>
      </Upload.Dragger>
    </Spin>
  );
}
