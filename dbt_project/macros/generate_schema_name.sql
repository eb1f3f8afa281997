{#- Use the folder's schema name as is (staging, intermediate, marts, seeds), not
    <target schema>_<custom schema>: consumers query `marts.fct_meetings`. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}
        {{ target.schema }}
    {%- else -%}
        {{ custom_schema_name | trim }}
    {%- endif -%}
{%- endmacro %}
