// n8n loads the node and credentials listed under "n8n" in package.json; nothing is exported here.
module.exports = {};
