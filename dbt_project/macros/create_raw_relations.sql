{#-
    The feed and event files under DIWAN_DATA_DIR, read by DuckDB.

    Each source table declared in models/staging/_staging__sources.yml with a `meta.glob`
    (relative to DIWAN_DATA_DIR; `{rules_version}` is replaced by the current rules version)
    is read two ways:

    - `create_raw_relations()` (on-run-start) (re)creates the view `raw.<table>` over every file
      present now: what `source()` reads, and what a full build loads.
    - `rows_of_new_files()` reads only the files an incremental staging model has not loaded yet,
      and `delete_rows_of_vanished_files()` (its pre-hook) removes the rows of files that are no
      longer there (a rules version change replaces every event file). A published feed or event
      file is never rewritten under its name (both are written to a temporary name and renamed),
      so its name says which rows are already in the warehouse.

    Files are listed with DuckDB's `glob()` at run time, because DuckDB fails on a glob that
    matches no file and a fresh data folder has none: with no file the relation is empty, with
    the typed columns of the source YAML (one definition, so a field missing from a line reads
    as null and the schema never depends on the data).
-#}
{% macro create_raw_relations() %}
    {%- if not execute -%}
        {{ return('') }}
    {%- endif -%}
    {%- set statements = ['create schema if not exists raw'] -%}
    {%- for node in graph.sources.values() if node.meta.get('glob') -%}
        {%- set files = raw_source_files(node) -%}
        {%- do log('raw.' ~ node.identifier ~ ': ' ~ files | length ~ ' file(s) matching ' ~ raw_source_pattern(node), info=true) -%}
        {%- do statements.append('create or replace view raw.' ~ node.identifier ~ ' as ' ~ read_raw_files(node, files)) -%}
    {%- endfor -%}
    {{ return(statements | join(';\n')) }}
{% endmacro %}


{#- Rows of the source's files that the incremental model `this` has not loaded (its column
    `path_column` holds each row's file name). -#}
{% macro rows_of_new_files(source_name, table_name, path_column) %}
    {%- set node = raw_source_node(source_name, table_name) -%}
    {%- set loaded = raw_loaded_files(path_column) -%}
    {%- set new_files = [] -%}
    {%- for file in raw_source_files(node) if file not in loaded -%}
        {%- do new_files.append(file) -%}
    {%- endfor -%}
    {%- do log(this.identifier ~ ': loading ' ~ new_files | length ~ ' new file(s) of raw.' ~ node.identifier, info=true) -%}
    {{ return(read_raw_files(node, new_files)) }}
{% endmacro %}


{#- Pre-hook of an incremental staging model: delete the rows of files that have gone. -#}
{% macro delete_rows_of_vanished_files(source_name, table_name, path_column) %}
    {%- if not execute or not is_incremental() -%}
        {{ return('') }}
    {%- endif -%}
    {%- set present = raw_source_files(raw_source_node(source_name, table_name)) -%}
    {%- set vanished = [] -%}
    {%- for file in raw_loaded_files(path_column) if file not in present -%}
        {%- do vanished.append(dbt.string_literal(file)) -%}
    {%- endfor -%}
    {%- if not vanished -%}
        {{ return('') }}
    {%- endif -%}
    {%- do log(this.identifier ~ ': removing the rows of ' ~ vanished | length ~ ' file(s) no longer present', info=true) -%}
    {{ return('delete from ' ~ this ~ ' where ' ~ path_column ~ ' in (' ~ vanished | join(', ') ~ ')') }}
{% endmacro %}


{% macro raw_source_node(source_name, table_name) %}
    {%- for node in graph.sources.values() if node.source_name == source_name and node.name == table_name -%}
        {{ return(node) }}
    {%- endfor -%}
    {{ exceptions.raise_compiler_error('no source ' ~ source_name ~ '.' ~ table_name) }}
{% endmacro %}


{% macro raw_source_pattern(node) %}
    {%- set data_dir = env_var('DIWAN_DATA_DIR', '../data') | replace('\\', '/') -%}
    {{ return(data_dir ~ '/' ~ node.meta['glob'] | replace('{rules_version}', diwan_rules_version())) }}
{% endmacro %}


{% macro raw_source_files(node) %}
    {%- set listing = run_query('select file from glob(' ~ dbt.string_literal(raw_source_pattern(node)) ~ ') order by file') -%}
    {{ return(listing.columns[0].values() | list) }}
{% endmacro %}


{% macro raw_loaded_files(path_column) %}
    {%- set listing = run_query('select distinct ' ~ path_column ~ ' from ' ~ this) -%}
    {{ return(listing.columns[0].values() | list) }}
{% endmacro %}


{#- A select over `files` with the source's typed columns plus `filename`; empty when no file. -#}
{% macro read_raw_files(node, files) %}
    {%- set typed = [] -%}
    {%- set empty_columns = [] -%}
    {%- for column in node.columns.values() if column.name != 'filename' -%}
        {%- do typed.append(dbt.string_literal(column.name) ~ ': ' ~ dbt.string_literal(column.data_type)) -%}
        {%- do empty_columns.append('cast(null as ' ~ column.data_type ~ ') as ' ~ column.name) -%}
    {%- endfor -%}
    {%- if not files -%}
        {{ return('select ' ~ empty_columns | join(', ') ~ ', cast(null as varchar) as filename where false') }}
    {%- endif -%}
    {%- set quoted = [] -%}
    {%- for file in files -%}
        {%- do quoted.append(dbt.string_literal(file)) -%}
    {%- endfor -%}
    {{ return("select * from read_json([" ~ quoted | join(', ') ~ "], format = 'newline_delimited', columns = {"
              ~ typed | join(', ') ~ "}, filename = true)") }}
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
