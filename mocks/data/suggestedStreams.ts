// Each connector's suggested streams, from the registry entries in airbytehq/airbyte-platform
// `airbyte-config/specs/src/main/resources/seed/local_oss_registry.json` at commit b8390e04 (2026-03-19;
// ELv2, see LICENSE-ELv2.txt and MANIFEST.md here). A real server keeps them on the connector's
// definition version and preselects them in a discovered catalog; the older connector files in
// ./connectors predate the field, so the mock looks them up here by docker repository.
export const SUGGESTED_STREAMS: Readonly<Record<string, readonly string[]>> = {
  "airbyte/source-amazon-ads": ["profiles", "sponsored_brands_video_report_stream", "sponsored_display_report_stream", "sponsored_brands_report_stream", "sponsored_products_report_stream"],
  "airbyte/source-amazon-seller-partner": ["Orders", "OrderItems", "ListFinancialEvents", "ListFinancialEventGroups"],
  "airbyte/source-bing-ads": ["campaigns", "ad_performance_report_daily", "campaign_performance_report_daily", "account_performance_report_daily", "ad_group_performance_report_daily", "accounts", "ad_groups"],
  "airbyte/source-facebook-marketing": ["ads_insights", "campaigns", "ads", "ad_sets", "ad_creatives", "ads_insights_age_and_gender", "ads_insights_action_type", "custom_conversions", "images", "ads_insights_country", "ads_insights_platform_and_device", "ads_insights_region", "ads_insights_dma", "activities"],
  "airbyte/source-faker": ["users", "products", "purchases"],
  "airbyte/source-github": ["branches", "comments", "issues", "organizations", "pull_requests", "repositories", "stargazers", "tags", "teams", "users"],
  "airbyte/source-gitlab": ["merge_requests", "users", "issues", "projects", "commits"],
  "airbyte/source-google-ads": ["campaigns", "accounts", "ad_group_ads", "ad_group_ad_report", "ad_groups", "click_view", "account_performance_report", "keyword_report", "campaign_labels", "ad_group_labels", "ad_group_ad_labels", "user_location_report", "geographic_view_with_metrics", "display_keyword_performance_report", "shopping_performance_report", "display_topics_performance_report"],
  "airbyte/source-google-analytics-data-api": ["website_overview", "daily_active_users", "traffic_sources", "pages", "weekly_active_users", "devices", "locations", "four_weekly_active_users", "sessions"],
  "airbyte/source-google-search-console": ["search_analytics_by_page", "search_analytics_by_date", "search_analytics_by_query", "search_analytics_by_device", "sitemaps", "sites", "search_analytics_all_fields"],
  "airbyte/source-granola": ["detailed_notes"],
  "airbyte/source-harvest": ["time_entries", "projects", "clients", "users", "roles", "tasks", "contacts", "task_assignments", "time_projects", "user_assignments", "company", "invoices", "project_assignments", "time_tasks"],
  "airbyte/source-hubspot": ["contacts", "companies", "deals"],
  "airbyte/source-intercom": ["conversations", "contacts", "conversation_parts", "teams", "companies"],
  "airbyte/source-jira": ["issues", "projects", "users", "issue_fields"],
  "airbyte/source-klaviyo": ["events", "campaigns", "lists", "metrics", "flows"],
  "airbyte/source-linkedin-ads": ["accounts", "account_users", "ad_campaign_analytics", "ad_creative_analytics", "campaigns", "campaign_groups", "creatives"],
  "airbyte/source-mailchimp": ["email_activity", "campaigns", "lists", "reports"],
  "airbyte/source-notion": ["blocks", "data_sources", "pages", "users"],
  "airbyte/source-pinterest": ["campaign_analytics", "ad_account_analytics", "ad_analytics", "campaigns", "ad_accounts", "ads", "user_account_analytics", "ad_group_analytics", "ad_groups"],
  "airbyte/source-salesforce": ["Account", "Contact", "Lead", "Opportunity", "OpportunityStage", "Stage", "Task", "User"],
  "airbyte/source-shopify": ["customers", "customer_journey_summary", "order_agreements", "order_refunds", "transactions_graphql", "product_variants", "abandoned_checkouts", "discount_codes", "inventory_items", "locations", "shop", "price_rules", "inventory_levels", "custom_collections", "fulfillments", "product_images", "collects", "tender_transactions", "smart_collections", "draft_orders", "metafield_customers", "metafield_products", "metafield_orders", "customer_address", "fulfillment_orders", "metafield_shops", "countries", "metafield_product_variants", "metafield_smart_collections", "metafield_product_images", "metafield_draft_orders", "metafield_locations"],
  "airbyte/source-slack": ["users", "channels", "channel_members"],
  "airbyte/source-stripe": ["customers", "invoices", "charges", "subscriptions", "refunds"],
  "airbyte/source-tiktok-marketing": ["ads_reports_daily", "ads", "campaigns", "campaigns_reports_daily", "ad_groups", "ad_groups_reports_daily", "advertisers_reports_daily"],
  "airbyte/source-woocommerce": ["orders"],
  "airbyte/source-zendesk-chat": ["chats"],
  "airbyte/source-zendesk-support": ["brands", "deleted_tickets", "groups", "organizations", "satisfaction_ratings", "tags", "ticket_audits", "ticket_comments", "ticket_fields", "ticket_forms", "ticket_metric_events", "ticket_metrics", "tickets", "users"],
};
