import { App, Button, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { fileUpload } from './api';

/**
 * The "choose a file" button of a sheet import: the chosen .xlsx goes to `send` as the JSON upload the import routes
 * take; a failure is shown as a message. The file never stays in an upload list.
 */
export function SheetUpload({
  send,
  loading,
  primary = false,
}: {
  send: (body: Awaited<ReturnType<typeof fileUpload>>) => Promise<unknown>;
  loading: boolean;
  primary?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <Upload
      accept=".xlsx"
      showUploadList={false}
      beforeUpload={(file) => {
        void fileUpload(file)
          .then(send)
          .catch((e: Error) => message.error(e.message));
        return false;
      }}
    >
      <Button type={primary ? 'primary' : 'default'} loading={loading}>
        {t('wards.chooseFile')}
      </Button>
    </Upload>
  );
}
