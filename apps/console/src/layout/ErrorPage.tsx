import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useNavigate, useRouteError } from 'react-router';

/** A page that failed to load or does not exist: said in the reader's language, with a way back. */
export function ErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const navigate = useNavigate();
  const missing = isRouteErrorResponse(error) && error.status === 404;
  return (
    <Result
      status={missing ? '404' : 'error'}
      title={missing ? t('errors.NOT_FOUND') : t('common.error')}
      extra={<Button onClick={() => navigate('/')}>{t('nav.home')}</Button>}
    />
  );
}
