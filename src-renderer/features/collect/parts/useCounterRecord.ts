import type { CommandType, PayloadOf } from '@shared/commands';
import { useTranslation } from 'react-i18next';
import { useRecord } from '../../../data/hooks';
import { showToast } from '../../../ui/toast';

/** Record a command; say in words why it could not be (nobody signed in, storage full…). Resolves the command id or ''. */
export function useCounterRecord() {
  const record = useRecord();
  const { t } = useTranslation('collect');
  return async <T extends CommandType>(type: T, payload: PayloadOf<T>): Promise<string> => {
    try {
      return await record(type, payload);
    } catch (error) {
      const name = (error as Error).name;
      showToast(
        (lng) =>
          name === 'NotSignedInError'
            ? t('notSignedIn', { lng })
            : t('failed', { lng, message: (error as Error).message }),
        'bad',
      );
      return '';
    }
  };
}
