import type { GetStaticProps, PageConfig } from 'next';
import { ToolPage, type ToolPageProps } from '@/components/pages/ToolsPages';
import { SitePage } from '@/components/SitePage';
import { getRolesForTool, getTool, getTools, toRoleCard } from '@/lib/content';
import { toolHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { idPaths, localeOf, param, plain } from '@/lib/page-props';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = idPaths('id', (locale) => getTools(locale).map((t) => t.id));

type Props = ToolPageProps & { head: PageHead };

export const getStaticProps: GetStaticProps<Props> = (context) => {
  const locale = localeOf(context);
  const tool = locale && getTool(locale, param(context, 'id'));
  if (!locale || !tool) return { notFound: true };
  return plain({
    locale,
    tool,
    roles: getRolesForTool(locale, tool.id).map(toRoleCard),
    head: pageHead({ locale, path: `/tools/${tool.id}`, title: tool.name, description: tool.description }),
  });
};

export default function Page({ head, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={toolHref(props.locale, props.tool.id)}>
      <ToolPage {...props} />
    </SitePage>
  );
}
