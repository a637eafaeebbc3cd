import { PrivacyOptions } from '../privacy/PrivacyOptions';
import type { StorageSetup } from '../privacy/StorageBlock';
import { PermissionsList } from './PermissionsList';

/** The options page's privacy section (one module, loaded when first shown). */
export function PrivacySection({ storage }: { storage: StorageSetup }) {
  return (
    <>
      <PrivacyOptions storage={storage} />
      <PermissionsList />
    </>
  );
}
