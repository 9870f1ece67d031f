import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startChecker } from '../src/editor/start-checker';

export default defineUnlistedScript(() => {
  void startChecker();
});
