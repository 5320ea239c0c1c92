// Plain JavaScript: jest loads global setup outside its module mapper, so it imports no project code.
import { randomBytes } from 'node:crypto';

/** Name this run, so that every server database it creates can be found and dropped at the end. */
export default function globalSetup() {
  process.env.SCRUTINEER_TEST_RUN = `scr_t${randomBytes(3).toString('hex')}`;
}
