const { task, src, dest, parallel } = require('gulp');

// tsc emits only .js; n8n also needs each node's icons and its codex (.node.json) beside the built code.
function copyNodeAssets() {
	return src(['nodes/**/*.{png,svg}', 'nodes/**/*.node.json'], { encoding: false }).pipe(
		dest('dist/nodes'),
	);
}

function copyCredentialIcons() {
	return src('credentials/**/*.{png,svg}', { encoding: false, allowEmpty: true }).pipe(
		dest('dist/credentials'),
	);
}

task('build:icons', parallel(copyNodeAssets, copyCredentialIcons));
