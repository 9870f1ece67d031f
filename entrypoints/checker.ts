import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startChecker } from '../src/checker/main';

export default defineUnlistedScript(() => {
  void startChecker();
});
