/**
 * The Model Context Protocol server of `factbrief mcp` (stdio, @modelcontextprotocol/sdk): the tools of tools.ts,
 * results as JSON text with provenance, a question the store cannot answer as a tool error (`isError`), never a crash.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { claimsTool, conflictsTool, digestTool, flowsTool, searchTool, type ToolContext, ToolError } from './tools.js';

type ToolResult = { content: { type: 'text'; text: string }[]; isError?: boolean };

/** Runs a tool: its result as pretty JSON, a ToolError (or any failure) as an error result naming the tool. */
async function answer(name: string, fn: () => Promise<unknown>): Promise<ToolResult> {
  try {
    return { content: [{ type: 'text', text: JSON.stringify(await fn(), null, 2) }] };
  } catch (e) {
    const msg = e instanceof ToolError ? e.message : `${name}: ${(e as Error).message}`;
    return { content: [{ type: 'text', text: msg }], isError: true };
  }
}

const READ_ONLY = { readOnlyHint: true, openWorldHint: false } as const;

/** The server with its five tools, not yet connected. */
export function createMcpServer(ctx: ToolContext, version = '0.1.0'): McpServer {
  const server = new McpServer({ name: 'factbrief', version });
  server.registerTool(
    'search',
    {
      description:
        'Full-text search over every stored item (articles, transcripts, notes, highlights, digest stories); works for Chinese (英伟达, 谷歌) and English. Each result names its source file or URL.',
      inputSchema: {
        query: z.string().min(1).describe('words or a phrase, Chinese or English'),
        limit: z.number().int().min(1).max(50).optional(),
      },
      annotations: READ_ONLY,
    },
    (a) => answer('search', () => searchTool(ctx, a)),
  );
  server.registerTool(
    'claims',
    {
      description:
        'The claims about a subject (company, lab, person): per metric and period, every value each source states, with the source file or URL, the line in that file, the sentence and the outlet. conflict=true when sources disagree. Aliases work (英伟达 = Nvidia).',
      inputSchema: {
        subject: z.string().min(1).describe('an entity name or alias, e.g. Nvidia, 英伟达, Hyperscalers'),
        metric: z.string().optional().describe('capex, investment, revenue, valuation, contract, …'),
        period: z.string().optional().describe('2026, 2026Q1, FY2025, …'),
      },
      annotations: READ_ONLY,
    },
    (a) => answer('claims', () => claimsTool(ctx, a)),
  );
  server.registerTool(
    'conflicts',
    {
      description:
        'Claims whose sources disagree beyond the tolerance: both (all) values with their sources and lines. Optionally one subject.',
      inputSchema: { subject: z.string().optional() },
      annotations: READ_ONLY,
    },
    (a) => answer('conflicts', () => conflictsTool(ctx, a)),
  );
  server.registerTool(
    'flows',
    {
      description:
        'Capital flows of an entity (who pays whom: invest, purchase, cloud contract, equity option, acquisition, stake), incoming and outgoing, with amounts and source sentences, and the circular-financing loops it is part of.',
      inputSchema: { entity: z.string().min(1) },
      annotations: READ_ONLY,
    },
    (a) => answer('flows', () => flowsTool(ctx, a)),
  );
  server.registerTool(
    'digest',
    {
      description:
        "A day's digest (AI 日报) as written under the output folder, else that day's stories from the store with their sources.",
      inputSchema: { date: z.string().describe('YYYY-MM-DD') },
      annotations: READ_ONLY,
    },
    (a) => answer('digest', () => digestTool(ctx, a)),
  );
  return server;
}

/** Serves over stdio until the client closes the stream. */
export async function serveStdio(ctx: ToolContext): Promise<void> {
  const server = createMcpServer(ctx);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    process.stdin.once('end', () => resolve());
  });
  await server.connect(transport);
  await closed;
  await server.close();
}
