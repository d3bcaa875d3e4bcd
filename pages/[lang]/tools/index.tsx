import type { GetStaticProps, PageConfig } from 'next';
import { ToolsIndexPage, type ToolsIndexPageProps } from '@/components/pages/ToolsPages';
import { SitePage } from '@/components/SitePage';
import { getRoles, getRolesForTool, getTools } from '@/lib/content';
import { getDictionary } from '@/lib/i18n';
import { toolsHref } from '@/lib/links';
import { pageHead, type PageHead } from '@/lib/metadata';
import { localeOf, localePaths, plain } from '@/lib/page-props';

// No framework JavaScript on any page (a static object: Next reads it at compile time).
export const config: PageConfig = { unstable_runtimeJS: false };
export const getStaticPaths = localePaths;

type Props = ToolsIndexPageProps & { head: PageHead };

export const getStaticProps: GetStaticProps<Props> = (context) => {
  const locale = localeOf(context);
  if (!locale) return { notFound: true };
  const t = getDictionary(locale).tools;
  return plain({
    locale,
    tools: getTools(locale).map((tool) => ({ ...tool, roles: getRolesForTool(locale, tool.id).length })),
    totalRoles: getRoles(locale).length,
    head: pageHead({ locale, path: '/tools', title: t.title, description: t.lead }),
  });
};

export default function Page({ head, ...props }: Props) {
  return (
    <SitePage locale={props.locale} head={head} path={toolsHref(props.locale)}>
      <ToolsIndexPage {...props} />
    </SitePage>
  );
}
