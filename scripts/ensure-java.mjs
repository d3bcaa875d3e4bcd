// The W3C Nu HTML checker (vnu-jar) needs Java. Installs Debian's headless JRE with apt when
// java is missing and we are root; otherwise says what to do.
import { execSync, spawnSync } from 'node:child_process';

const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

if (!hasJava()) {
  if (process.getuid?.() !== 0) {
    console.error('Java is missing: install a JRE (Debian: sudo apt-get install -y default-jre-headless) to validate HTML.');
    process.exit(1);
  }
  console.log('Java is missing: installing Debian\'s default-jre-headless with apt-get…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null', { stdio: 'inherit', shell: '/bin/bash' });
  if (!hasJava()) process.exit(1);
}
