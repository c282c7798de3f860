import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemFrom } from '../api/problem';
import { signIn } from '../auth/session';
import { ErrorMessage } from '../common/ErrorMessage';
import { Page } from '../common/Page';
import { LanguageSwitch } from '../layout/LanguageSwitch';

export function SignIn() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const response = await signIn(email, password);
      if (!response.ok) setError(response.status === 401 ? new Error('credentials') : await problemFrom(response));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in" id="main">
      <div className="sign-in-top">
        <span className="brand">Mosty</span>
        <LanguageSwitch />
      </div>
      <Page title={t('signIn.title')}>
        <p>{t('signIn.intro')}</p>
        <form onSubmit={submit} className="form">
          <label>
            {t('signIn.email')}
            <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </label>
          <label>
            {t('signIn.password')}
            <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </label>
          {error instanceof Error && error.message === 'credentials' ? (
            <div className="notice notice-error" role="alert">
              <p>{t('signIn.wrong')}</p>
            </div>
          ) : error ? (
            <ErrorMessage error={error} />
          ) : null}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('signIn.busy') : t('signIn.submit')}
          </button>
        </form>
      </Page>
    </main>
  );
}
