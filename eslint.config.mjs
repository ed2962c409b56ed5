// @ts-check
import tseslint from 'typescript-eslint';
import * as jsoncParser from 'jsonc-eslint-parser';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';

const n8nRules = (/** @type {'community' | 'credentials' | 'nodes'} */ config) =>
	n8nNodesBase.configs[config].rules;

export default tseslint.config(
	{ ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.n8n-cache/**', 'sandbox/highlevel-api/**'] },
	{
		files: ['**/*.ts'],
		extends: [tseslint.configs.recommended],
		languageOptions: { parser: tseslint.parser, sourceType: 'module' },
	},
	{
		files: ['package.json'],
		languageOptions: { parser: jsoncParser },
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: n8nRules('community'),
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nRules('credentials'),
			// The rule itself says it applies only to nodes in n8n's main repository, whose docs URLs are
			// slugs; a community credential links to a full URL, which camel-casing would break.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: n8nRules('nodes'),
	},
	{
		// Test code and local tooling talk to n8n-core internals whose types are loose.
		files: ['test/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' },
	},
);
