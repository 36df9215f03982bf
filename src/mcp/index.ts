/** `factbrief mcp`: the Model Context Protocol server over stdio — an edge, like web/: it reads the store, nothing imports it. */
export { createMcpServer, serveStdio } from './server.js';
export { claimsTool, conflictsTool, digestTool, flowsTool, searchTool, type ToolContext, ToolError } from './tools.js';
