{#-
    (Re)create the views of schema `raw` that the sources read: one view per source table
    declared in models/staging/_staging__sources.yml with a `meta.glob` (relative to
    DIWAN_DATA_DIR; `{rules_version}` is replaced by the current rules version).

    Why views made here rather than `read_json('<glob>')` in the source itself: DuckDB fails
    on a glob that matches no file, and a fresh data folder has no feed or event file yet.
    The files are listed with DuckDB's `glob()` at run time; when there are none, the view is
    an empty relation with the same typed columns. The column names and types come from the
    source YAML (one definition), so a field missing from a line reads as null and the schema
    never depends on the data. Runs as `on-run-start`, so every build sees the files present now.
-#}
{% macro create_raw_relations() %}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- set data_dir = env_var('DIWAN_DATA_DIR', '../data') | replace('\\', '/') -%}
    {%- set rules_version = diwan_rules_version() -%}
    {%- set statements = ['create schema if not exists raw'] -%}
    {%- for node in graph.sources.values() if node.meta.get('glob') -%}
        {%- set pattern = data_dir ~ '/' ~ node.meta['glob'] | replace('{rules_version}', rules_version) -%}
        {%- set listing = run_query('select file from glob(' ~ dbt.string_literal(pattern) ~ ') order by file') -%}
        {%- set files = listing.columns[0].values() | list -%}
        {%- set typed = [] -%}
        {%- set empty_columns = [] -%}
        {%- for column in node.columns.values() if column.name != 'filename' -%}
            {%- do typed.append(dbt.string_literal(column.name) ~ ': ' ~ dbt.string_literal(column.data_type)) -%}
            {%- do empty_columns.append('cast(null as ' ~ column.data_type ~ ') as ' ~ column.name) -%}
        {%- endfor -%}
        {%- if files -%}
            {%- set quoted = [] -%}
            {%- for file in files -%}
                {%- do quoted.append(dbt.string_literal(file)) -%}
            {%- endfor -%}
            {%- set body -%}
                select * from read_json(
                    [{{ quoted | join(', ') }}],
                    format = 'newline_delimited',
                    columns = { {{- typed | join(', ') -}} },
                    filename = true
                )
            {%- endset -%}
        {%- else -%}
            {%- set body -%}
                select {{ empty_columns | join(', ') }}, cast(null as varchar) as filename where false
            {%- endset -%}
        {%- endif -%}
        {%- do log('raw.' ~ node.identifier ~ ': ' ~ files | length ~ ' file(s) matching ' ~ pattern, info=true) -%}
        {%- do statements.append('create or replace view raw.' ~ node.identifier ~ ' as ' ~ body) -%}
    {%- endfor -%}
    {{ return(statements | join(';\n')) }}
{% endmacro %}


{#- The rules version whose events are read: DIWAN_RULES_VERSION, else extraction/rules/VERSION
    (read relative to this folder, i.e. when dbt runs from inside dbt_project/). -#}
{% macro diwan_rules_version() %}
    {%- set from_env = env_var('DIWAN_RULES_VERSION', '') | trim -%}
    {%- if from_env -%}
        {{ return(from_env) }}
    {%- endif -%}
    {%- set result = run_query("select trim(content) from read_text('../extraction/rules/VERSION')") -%}
    {{ return(result.columns[0].values()[0] | trim) }}
{% endmacro %}
