// @ts-check
import tseslint from 'typescript-eslint';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';

const n8nRules = (/** @type {'community' | 'credentials' | 'nodes'} */ config) =>
	n8nNodesBase.configs[config].rules;

// n8n's own rules for community packages (the `recommended` set that `n8n-node lint` and n8n's
// package scanner apply), scoped to what ships: package.json and the node and credential sources.
const communityNodes = (/** @type {string[]} */ files) => ({
	...n8nCommunityNodesPlugin.configs.recommended,
	files,
});

export default tseslint.config(
	{
		ignores: [
			'dist/**',
			'node_modules/**',
			'coverage/**',
			'.n8n-cache/**',
			'sandbox/highlevel-api/**',
		],
	},
	{
		files: ['**/*.ts'],
		extends: [tseslint.configs.recommended],
		languageOptions: { parser: tseslint.parser, sourceType: 'module' },
	},
	{
		// As in `n8n-node lint`: both plugins' package.json rules walk the AST that the TypeScript
		// parser makes of a JSON object literal.
		files: ['package.json'],
		languageOptions: { parser: tseslint.parser, parserOptions: { extraFileExtensions: ['.json'] } },
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: n8nRules('community'),
	},
	communityNodes(['package.json', 'nodes/**/*.ts', 'credentials/**/*.ts']),
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nRules('credentials'),
			// The rule itself says it applies only to nodes in n8n's main repository, whose docs URLs are
			// slugs; a community credential links to a full URL, which camel-casing would break.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			// Covered more accurately by @n8n/community-nodes/credential-password-field (as in n8n-node lint).
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: {
			...n8nRules('nodes'),
			// The same three exceptions as `n8n-node lint` and n8n's scanner: inputs/outputs are
			// NodeConnectionTypes.Main (which @n8n/community-nodes/node-connection-type-literal requires,
			// and these two rules would reject), and a maxValue can mirror a limit of the API.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	{
		// Test code and local tooling talk to n8n-core internals whose types are loose.
		files: ['test/**/*.ts'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' },
	},
);
