"""The persistence boundary: peewee models, opening the database, migrations, search index SQL.

Nothing outside this package writes SQL; services use the models and the functions here.
"""
